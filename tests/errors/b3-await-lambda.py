x = lambda: await
