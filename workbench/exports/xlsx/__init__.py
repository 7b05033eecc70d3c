"""The tracker workbook (openpyxl): its writer and its importer."""
