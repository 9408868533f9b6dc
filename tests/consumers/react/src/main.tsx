import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import 'memorial-card'
import 'memorial-card/react'
import App from './App.tsx'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
