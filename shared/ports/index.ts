export * from './document-store'
export * from './files'
export * from './notifications'
export * from './clock'
