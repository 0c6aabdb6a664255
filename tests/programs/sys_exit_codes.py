# sys.exit with an int code: output before it, nothing after, exit status 3.
import sys
print("before exit")
sys.stdout.write("written directly\n")
sys.exit(3)
print("after exit")
