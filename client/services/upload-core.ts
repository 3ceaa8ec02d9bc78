/** Where a photo goes in cloud storage: one folder per day, a random name, the original extension. */
export function cloudPathFor(filePath: string, now: Date = new Date(), rand: () => number = Math.random): string {
  const ext = /\.(jpe?g|png|gif|webp|heic|pdf)$/i.exec(filePath)?.[1]?.toLowerCase() ?? 'jpg'
  const day = now.toISOString().slice(0, 10)
  const name = `${now.getTime().toString(36)}-${Math.floor(rand() * 1e9).toString(36)}`
  return `applications/${day}/${name}.${ext}`
}

export type Uploaded = {
  /** What an application's `photoIds` takes: the id of the upload the backend recorded (not the storage file id). */
  id: string
  /** A URL to show the thumbnail now (a local temp path in the mini-program). */
  url: string
}
