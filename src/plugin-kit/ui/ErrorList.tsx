/**
 * French error messages from the core, shown together so the facilitator fixes everything at once.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";

export interface ErrorListProps {
  title: string;
  messages: readonly string[];
}

/**
 * @example
 * <ErrorList title="Le paquet n'a pas été importé" messages={["sections.sizing.trades[0].labourShare : …"]} />
 */
export function ErrorList({ title, messages }: ErrorListProps): React.JSX.Element | null {
  if (messages.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingInlineStart: 18 }}>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The French messages carried by anything thrown (a non-domain error gets a generic message, never
 * a stack trace).
 *
 * @example
 * messagesOf(new ValidationFailed([a, b])) // => [a.message, b.message]
 */
export function messagesOf(thrown: unknown): string[] {
  const withErrors = thrown as { errors?: readonly { message: string }[] };
  if (Array.isArray(withErrors?.errors)) return withErrors.errors.map((error) => error.message);
  if (thrown instanceof Error && (thrown.name === "DomainError" || thrown.name === "UsageError")) return [thrown.message];
  return ["Une erreur inattendue s'est produite ; rien n'a été écrit. Réessayez, et signalez-la si elle persiste."];
}
