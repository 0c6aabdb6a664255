print("shapes.solid init, package", __package__)
