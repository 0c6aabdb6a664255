WHO = "plugin"
