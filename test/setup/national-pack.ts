/**
 * Custom functions read the pack in force, whose national fallback an entry point provides; tests
 * that call the functions directly get it here, as the functions bundle gets it from its entry.
 */
import { installNationalPack } from "../../src/composition/root";

installNationalPack();
