import * as React from "react";
import type { Services } from "../types";
export default function BilansPanel(_: { services: Services }): React.JSX.Element {
  return <div />;
}
