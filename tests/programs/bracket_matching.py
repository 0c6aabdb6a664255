# Balanced brackets with a stack, reporting the first error position.
PAIRS = {")": "(", "]": "[", "}": "{"}

def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]} at {stack[-1][1]}"

for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "a(b)c]", "([{}])(", "print(f(x)[0])", "}{"]:
    print(repr(s), check(s))

def max_depth(s):
    depth = best = 0
    for ch in s:
        depth += (ch == "(") - (ch == ")")
        best = max(best, depth)
    return best

print([max_depth(s) for s in ["(())", "()()", "((()))()", "", "(((())))"]])
