/** Entry point of the Action bundle (dist/index.js): only runs the Action (it sets the exit code). */
import { run } from "./main.js";

await run();
