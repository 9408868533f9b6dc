import { mount } from 'svelte'
import 'memorial-card'
import 'memorial-card/svelte'
import App from './App.svelte'

const app = mount(App, {
  target: document.getElementById('app')!,
})

export default app
