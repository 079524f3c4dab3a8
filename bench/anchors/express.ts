/** Anchor: Express on Lambda through serverless-http, one route. */
import express from 'express';
import serverless from 'serverless-http';

const app = express();
app.get('/', (_request, response) => {
  response.send('ok');
});
export const handler = serverless(app);
