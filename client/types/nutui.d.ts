/**
 * Per-component entry points of NutUI React Taro (dist/esm/<Name>.js) carry no .d.ts of their own;
 * they are the same components the package root exports, so borrow those types.
 */
declare module '@nutui/nutui-react-taro/dist/esm/Button' {
  export { Button as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/Dialog' {
  export { Dialog as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/TextArea' {
  export { TextArea as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/Input' {
  export { Input as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/Tag' {
  export { Tag as default } from '@nutui/nutui-react-taro'
}
declare module '@nutui/nutui-react-taro/dist/esm/*/style/css'
