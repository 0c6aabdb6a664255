WHAT = "mod"
