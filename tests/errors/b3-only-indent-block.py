if True:
    
