# Data-structures course: linked list, stack, queue, binary search tree and a trie as classes with __repr__
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for item in iterable:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __str__(self):
        return " -> ".join(map(str, self)) + " -> None"


ll = LinkedList([3, 1, 4])
ll.append(1); ll.prepend(9)
print(ll, repr(ll), len(ll), 4 in ll, 7 in ll, ll[0], ll[-1], list(ll))
ll.remove(1); ll.reverse()
print(ll, ll.head, ll.head.next)
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
try:
    ll.head.extra = 1
except AttributeError as e:
    print("AttributeError:", e)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s


for t in ["(a[b]{c})", "(]", "((", "{[()()]}", ""]:
    print(repr(t), balanced(t))


def postfix(expr):
    s = Stack()
    for tok in expr.split():
        if tok in "+-*/":
            b, a = s.pop(), s.pop()
            s.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            s.push(float(tok))
    return s.pop()


print(postfix("3 4 + 2 *"), postfix("5 1 2 + 4 * + 3 -"), postfix("2 3 4 * 5 6 * + -"))


class BST:
    class _Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1
                return BST._Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))

    def preorder(self):
        out = []
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def show(self, node="root", prefix=""):
        if node == "root":
            node = self.root
        if node is None:
            return
        self.show(node.right, prefix + "    ")
        print(prefix + str(node.key))
        self.show(node.left, prefix + "    ")

    def __len__(self):
        return self.size

    def __repr__(self):
        return f"BST({self.inorder()})"


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k)
tree.insert(40)
print(tree, len(tree), 35 in tree, 36 in tree, tree.height())
print(tree.preorder(), tree.levels())
tree.show()


class Trie:
    def __init__(self):
        self.children = {}
        self.end = False

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.end = True

    def words(self, prefix=""):
        if self.end:
            yield prefix
        for ch in sorted(self.children):
            yield from self.children[ch].words(prefix + ch)

    def starting_with(self, prefix):
        node = self
        for ch in prefix:
            if ch not in node.children:
                return []
            node = node.children[ch]
        return list(node.words(prefix))


trie = Trie()
for w in "tea ten ted to inn in i a apple app".split():
    trie.insert(w)
print(list(trie.words()), trie.starting_with("te"), trie.starting_with("ap"), trie.starting_with("z"))


class Queue:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.head = self.count = 0

    def enqueue(self, x):
        if self.count == len(self.buf):
            raise OverflowError("queue full")
        self.buf[(self.head + self.count) % len(self.buf)] = x
        self.count += 1

    def dequeue(self):
        if not self.count:
            raise IndexError("queue empty")
        x = self.buf[self.head]
        self.buf[self.head] = None
        self.head = (self.head + 1) % len(self.buf)
        self.count -= 1
        return x

    def __repr__(self):
        return f"Queue({[self.buf[(self.head + i) % len(self.buf)] for i in range(self.count)]}, raw={self.buf})"


q = Queue(3)
for x in "abc":
    q.enqueue(x)
print(q)
try:
    q.enqueue("d")
except OverflowError as e:
    print("OverflowError:", e)
print(q.dequeue(), q.dequeue()); q.enqueue("d"); q.enqueue("e"); print(q)
