/** Dev only: where an article would be, the reasons its file could not become one. */
import type { BrokenFile } from "../../content/types";
import { viDev } from "../../i18n/vi";
import { PageMeta } from "../head/PageMeta";
import { ProblemList } from "../components/ProblemList";

export function BrokenFilePage({ file }: { file: BrokenFile }) {
  return (
    <section className="broken-file" aria-labelledby="broken-title">
      <PageMeta title={viDev.broken.title} noindex />
      <h1 id="broken-title" className="page-title">
        {viDev.broken.title}
      </h1>
      <p className="broken-file-name">
        <code>{file.file}</code>
      </p>
      <p>{viDev.broken.intro}</p>
      <ProblemList problems={file.problems} />
    </section>
  );
}
