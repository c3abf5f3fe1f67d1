/** GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as the runner
 * requires so a message or a file name can never end the command or start another. */

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Where an annotation points, and its title. */
export interface AnnotationAt {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly col?: number | undefined;
  readonly title?: string | undefined;
}

/** One annotation line (with its newline). */
export function annotation(level: 'error' | 'warning' | 'notice', at: AnnotationAt, message: string): string {
  const props: string[] = [];
  if (at.file !== undefined) {
    props.push(`file=${escapeProperty(at.file)}`, `line=${at.line ?? 1}`);
    if (at.col !== undefined) props.push(`col=${at.col}`);
  }
  if (at.title !== undefined) props.push(`title=${escapeProperty(at.title)}`);
  return `::${level}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}\n`;
}
