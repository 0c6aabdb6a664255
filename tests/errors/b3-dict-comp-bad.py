{k: v for k in}
