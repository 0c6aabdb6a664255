# A doubly linked list implementing the sequence protocol, with generators and dunder methods.
class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self._len = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self._len += 1

    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self._len += 1

    def _node(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("linked list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(self[i] for i in range(*index.indices(self._len)))
        return self._node(index).value

    def __setitem__(self, index, value):
        self._node(index).value = value

    def __delitem__(self, index):
        node = self._node(index)
        if node.prev: node.prev.next = node.next
        else: self.head = node.next
        if node.next: node.next.prev = node.prev
        else: self.tail = node.prev
        self._len -= 1

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __bool__(self):
        return self._len > 0


ll = LinkedList(range(5))
ll.appendleft(-1)
ll.append("end")
print(ll, len(ll), ll[0], ll[-1], ll[2:5], ll[::-2])
ll[1] = 100
del ll[0]
del ll[-1]
print(ll, list(reversed(ll)), 3 in ll, 42 in ll)
print(ll == LinkedList([100, 1, 2, 3, 4]), ll + LinkedList("ab"), bool(LinkedList()))
print(sum(ll), max(ll), sorted(ll, reverse=True), list(enumerate(ll))[:2])
it = iter(ll)
print(next(it), next(it), list(it))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
try:
    Node(1).other = 2
except AttributeError as e:
    print("AttributeError:", e)
a, b, *rest = ll
print(a, b, rest)
