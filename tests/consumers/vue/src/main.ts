import { createApp } from 'vue'
import 'memorial-card'
import 'memorial-card/vue'
import App from './App.vue'

createApp(App).mount('#app')
