# sys.exit() and sys.exit(None) and sys.exit(0) all exit 0; the first one wins.
import sys
print("one")
sys.exit()
