import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../use-action";

/**
 * How an action ended, under the panel that ran it. An error interrupts the screen reader
 * (`alert`); a success or a hint waits its turn (`status`). Nothing is shown without a notice.
 */
export const NoticeBar = ({ notice }: { notice: Notice }) =>
  notice ? (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  ) : null;
