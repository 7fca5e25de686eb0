"""dojo: practise sales conversations against scripted prospect personas."""

__version__ = "0.1.0"
