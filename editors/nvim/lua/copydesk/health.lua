--- `:checkhealth copydesk`
local M = {}

function M.check()
  local health = vim.health
  local copydesk = require('copydesk')
  health.start('copydesk')

  if vim.fn.has('nvim-0.10') == 1 then
    local v = vim.version()
    local how = vim.fn.has('nvim-0.11') == 1 and 'vim.lsp.config + vim.lsp.enable' or 'vim.lsp.start'
    health.ok(('Neovim %d.%d.%d (registers the server with %s)'):format(v.major, v.minor, v.patch, how))
  else
    health.error('Neovim 0.10 or newer is required')
  end

  local options = copydesk.options
  if options then
    health.ok('require("copydesk").setup{} was called')
  else
    health.warn('require("copydesk").setup{} has not been called', { 'Add require("copydesk").setup{} to your config' })
    options = copydesk.defaults
  end

  local binary = (options.cmd or { options.server_path })[1]
  local found = vim.fn.exepath(binary)
  if found == '' then
    health.error(('`%s` was not found'):format(binary), { copydesk.install_advice })
  else
    local result = vim.system({ found, '--version' }, { text = true }):wait(5000)
    local version = vim.trim(result.stdout or '')
    health.ok(('server binary: %s%s'):format(found, version ~= '' and (' (' .. version .. ')') or ''))
  end

  health.info(('filetypes: %s; root markers: %s'):format(
    table.concat(options.filetypes, ', '),
    table.concat(options.root_markers, ', ')
  ))
  health.info('settings sent to the server: ' .. vim.json.encode(copydesk.client_config(options).init_options))

  local clients = vim.lsp.get_clients({ name = copydesk.name })
  if #clients == 0 then
    health.info('no copydesk client is running (open a Markdown or text draft to start one)')
  end
  for _, client in ipairs(clients) do
    health.ok(('client %d running, root %s, %d buffer(s), position encoding %s'):format(
      client.id,
      client.root_dir or '(none: single file)',
      vim.tbl_count(client.attached_buffers or {}),
      client.offset_encoding or '?'
    ))
  end
end

return M
