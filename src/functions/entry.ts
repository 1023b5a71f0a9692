/**
 * Entry of the custom-functions bundle (before every plugin's functions.ts): the functions read the
 * pack in force, which is the national pack until the task pane loads the workbook's own.
 */
import { installNationalPack } from "../composition/root";

installNationalPack();
