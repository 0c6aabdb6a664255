1j
1.5j
1e3J
0j
.5j
1_0j
1e400j
3 + 4j
