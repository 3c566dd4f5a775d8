/** Entry point of the Action bundle (dist/index.js): only runs the Action and sets the exit code. */
import { run } from "./main.js";

process.exitCode = await run();
