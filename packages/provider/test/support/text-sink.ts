/** Collects what a reporter writes. */
export class TextSink {
  text = '';

  write(chunk: string): void {
    this.text += chunk;
  }
}
