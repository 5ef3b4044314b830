import { Stage } from '../scene/Stage';

export function App() {
  return (
    <div className="app">
      <main className="stage" aria-label="Tooth">
        <Stage />
      </main>
      <aside className="sidebar" aria-label="Story">
        <h1 className="app-title">Tooth Rebirth</h1>
      </aside>
      <section className="timebar" aria-label="Time controls" />
    </div>
  );
}
