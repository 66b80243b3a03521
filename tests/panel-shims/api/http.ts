// Stand-in for the panel's `@/api/http` (an axios instance) in type checks and jest; Blueprint's build
// resolves the real one.
import axios from 'axios';

const http = axios.create({ headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' } });

export default http;
