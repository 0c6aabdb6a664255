# A binary search tree made of dicts: insert, search, traversals, height, deletion.
def insert(node, key):
    if node is None:
        return {"key": key, "left": None, "right": None}
    side = "left" if key < node["key"] else "right"
    node[side] = insert(node[side], key)
    return node

def inorder(node, out):
    if node:
        inorder(node["left"], out)
        out.append(node["key"])
        inorder(node["right"], out)
    return out

def preorder(node):
    return [] if node is None else [node["key"]] + preorder(node["left"]) + preorder(node["right"])

def height(node):
    return 0 if node is None else 1 + max(height(node["left"]), height(node["right"]))

def contains(node, key):
    while node:
        if key == node["key"]:
            return True
        node = node["left"] if key < node["key"] else node["right"]
    return False

def delete(node, key):
    if node is None:
        return None
    if key < node["key"]:
        node["left"] = delete(node["left"], key)
    elif key > node["key"]:
        node["right"] = delete(node["right"], key)
    else:
        if node["left"] is None:
            return node["right"]
        if node["right"] is None:
            return node["left"]
        m = node["right"]
        while m["left"]:
            m = m["left"]
        node["key"] = m["key"]
        node["right"] = delete(node["right"], m["key"])
    return node

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 90, 85]:
    root = insert(root, k)
print(inorder(root, []), preorder(root), height(root))
print([contains(root, k) for k in (35, 36, 90, 5)])
for k in (20, 30, 50, 99):
    root = delete(root, k)
    print(k, inorder(root, []), preorder(root), height(root))
