-- Neovim 0.11+ picks this up from the runtimepath: `vim.lsp.enable('copydesk')` works even
-- without `require('copydesk').setup{}` (which adds the commands and can change the settings).
return {
  cmd = { 'copydesk', 'lsp' },
  filetypes = { 'markdown', 'text' },
  root_markers = { 'copydesk.toml', '.git' },
  init_options = {
    rules = vim.empty_dict(),
    dateline = { style = 'any' },
    server = { ['debounce-ms'] = 75, ['inlay-hints'] = true },
  },
}
