/** Placeholder replaced below. */
import * as React from "react";
export default function StatementsPanel(): React.JSX.Element {
  return <div />;
}
