/** A file's parse problems as `file:line`, severity and message — the editor-friendly form. */
import type { Problem } from "../../content/types";
import { viDev } from "../../i18n/vi";

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul className="problem-list" aria-label={viDev.broken.problemsLabel}>
      {problems.map((p, i) => (
        <li key={`${p.line}-${i}`} className={`problem problem-${p.severity}`}>
          <code className="problem-where">
            {p.file}:{p.line}
          </code>{" "}
          <strong className="problem-severity">{viDev.broken.severity[p.severity]}</strong>{" "}
          <span className="problem-message">{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
