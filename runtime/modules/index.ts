// The builtin modules implemented in the runtime. Importing this registers their inits with
// runtime/builtins/registry.ts; it must come before backends/interp/sys.ts, which extends
// the `sys` init registered here.
import './math.js';
import './sys.js';
import './random.js';
import './json.js';
import './functools.js';
import './operator.js';
import './struct.js';
import './itertools.js';
import './re.js';
import './time.js';
import './heapq.js';
import './bisect.js';
import './collections.js';
import './io.js';
import './array.js';
import './cmath.js';
import './files.js';
import './files-os.js';
import './files-stdin.js';
import './hashlib.js';
import './gc.js';
import './unicodedata.js';
