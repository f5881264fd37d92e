import { SearchBox } from '../search/SearchBox';

export function TopBar() {
  return (
    <header className="topbar">
      <SearchBox />
    </header>
  );
}
