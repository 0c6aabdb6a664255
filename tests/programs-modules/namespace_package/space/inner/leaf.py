WHAT = "leaf"
