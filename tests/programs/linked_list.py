# A singly linked list made of two-element lists: build, reverse, merge, find middle.
def from_list(xs):
    head = None
    for x in reversed(xs):
        head = [x, head]
    return head

def to_list(node):
    out = []
    while node:
        out.append(node[0])
        node = node[1]
    return out

def reverse(node):
    prev = None
    while node:
        nxt = node[1]
        node[1] = prev
        prev, node = node, nxt
    return prev

def merge(a, b):
    dummy = [None, None]
    tail = dummy
    while a and b:
        if a[0] <= b[0]:
            tail[1], a = a, a[1]
        else:
            tail[1], b = b, b[1]
        tail = tail[1]
    tail[1] = a or b
    return dummy[1]

def middle(node):
    slow = fast = node
    while fast and fast[1]:
        slow, fast = slow[1], fast[1][1]
    return slow[0] if slow else None

l = from_list([1, 2, 3, 4, 5])
print(to_list(l), middle(l))
l = reverse(l)
print(to_list(l), middle(l))
print(to_list(merge(from_list([1, 4, 6, 9]), from_list([2, 3, 7, 10, 11]))))
print(to_list(reverse(None)), middle(None), to_list(from_list(["a"])), from_list([1, 2]))
