print("shapes package init")
NAME = "shapes"
