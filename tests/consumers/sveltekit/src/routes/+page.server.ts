import { renderCard } from 'memorial-card/render';
import { memorial } from '../memorial';

// Rendered for each request (no `prerender`): the server text is the
// request's day. The data goes into the HTML as the card's JSON child, where
// <memorial-card data={memorial}> would write data="[object Object]".
export const load = async () => ({ card: await renderCard({ lang: 'en', data: memorial }) });
