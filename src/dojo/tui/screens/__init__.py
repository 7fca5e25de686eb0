"""The app's screens: picker, conversation, debrief, and the settings dialogs."""
