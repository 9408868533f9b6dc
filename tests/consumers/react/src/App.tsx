import { memorial } from './memorial.ts'

function App() {
  return (
    <main>
      <memorial-card lang="en" theme="dark" layout="card" now="2026-11-25" time-zone="UTC" data={memorial} />
    </main>
  )
}

export default App
