-- Drives Neovim with the copydesk plugin on a draft and writes what Neovim holds as JSON, for
-- tests/editor_nvim.rs to check. Run as:
--   nvim --headless --clean -c 'luafile editors/nvim/test/e2e.lua'
-- Environment:
--   COPYDESK_PLUGIN  the editors/nvim folder
--   COPYDESK_BIN     the copydesk binary
--   COPYDESK_DRAFT   the draft to open (a scratch copy: the test edits it)
--   COPYDESK_RESULT  where to write the JSON result
--   COPYDESK_MODE    "plugin" (setup, commands, health; no server needed) or "lsp"
--   COPYDESK_HOVER_WORD  the word to hover (default "Charap")
local env = vim.env
local result = { mode = env.COPYDESK_MODE, draft = env.COPYDESK_DRAFT, nvim = tostring(vim.version()), errors = {} }
local TIMEOUT = 30000

local function write_result()
  local file = assert(io.open(env.COPYDESK_RESULT, 'w'))
  file:write(vim.json.encode(result))
  file:close()
end

local function lines_of(text)
  return vim.split(text, '\n', { plain = true })
end

local function hover_text(contents)
  if type(contents) == 'string' then
    return contents
  end
  if contents.value then
    return contents.value
  end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, type(part) == 'string' and part or part.value)
  end
  return table.concat(parts, '\n')
end

local function setup_plugin()
  vim.opt.runtimepath:prepend(env.COPYDESK_PLUGIN)
  vim.cmd('filetype on')
  require('copydesk').setup({ server_path = env.COPYDESK_BIN })
end

local function check_plugin()
  local copydesk = require('copydesk')
  result.commands = {}
  for _, name in ipairs({ 'CopydeskQuotes', 'CopydeskRestart' }) do
    result.commands[name] = vim.fn.exists(':' .. name) == 2
  end
  local config = copydesk.client_config(copydesk.options)
  result.cmd = config.cmd
  result.filetypes = config.filetypes
  result.root_markers = config.root_markers
  result.init_options_json = vim.json.encode(config.init_options)
  if vim.lsp.config then
    local registered = vim.lsp.config[copydesk.name]
    result.registered = registered ~= nil and registered.cmd ~= nil
    result.enabled = vim.lsp.is_enabled and vim.lsp.is_enabled(copydesk.name) or nil
  end
  vim.cmd('checkhealth copydesk')
  result.health = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  vim.cmd('bwipeout!')
  vim.cmd.edit(env.COPYDESK_DRAFT)
  result.filetype = vim.bo.filetype
  local scratch = copydesk.show_speaker_index()
  result.speaker_index = table.concat(vim.api.nvim_buf_get_lines(scratch, 0, -1, false), '\n')
end

local function wait_for(what, predicate)
  if not vim.wait(TIMEOUT, predicate, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function request(client, method, params, bufnr)
  local response, err = client:request_sync(method, params, TIMEOUT, bufnr)
  if not response then
    error(method .. ': ' .. tostring(err))
  end
  if response.err then
    error(method .. ': ' .. vim.inspect(response.err))
  end
  return response.result
end

local function check_lsp()
  vim.cmd.edit(env.COPYDESK_DRAFT)
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local client
  wait_for('the copydesk client to attach', function()
    client = vim.lsp.get_clients({ bufnr = bufnr, name = 'copydesk' })[1]
    return client ~= nil and client.initialized
  end)
  result.offset_encoding = client.offset_encoding

  wait_for('diagnostics', function()
    return #vim.diagnostic.get(bufnr) > 0
  end)
  -- Let late sets land too (pushed and pulled diagnostics arrive separately), so a duplicate
  -- shows up in what is checked.
  vim.wait(1000, function()
    return false
  end, 50)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      code = d.code,
      source = d.source,
      severity = d.severity,
      lnum = d.lnum,
      col = d.col,
      message = d.message,
    })
  end

  -- Settings reach the running server: switching the rule off clears the warning, and
  -- switching it back brings it back.
  local function dateline_warnings()
    return #vim.diagnostic.get(bufnr, { lnum = 2 })
  end
  require('copydesk').setup({ server_path = env.COPYDESK_BIN, settings = { rules = { ['missing-dateline'] = 'off' } } })
  result.cleared_when_rule_off = vim.wait(TIMEOUT, function()
    return dateline_warnings() == 0
  end, 50)
  require('copydesk').setup({ server_path = env.COPYDESK_BIN })
  result.back_when_rule_on = vim.wait(TIMEOUT, function()
    return dateline_warnings() > 0
  end, 50)

  -- Hover on the first mention of the word.
  local word = env.COPYDESK_HOVER_WORD or 'Charap'
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for row, line in ipairs(lines) do
    local col = line:find(word, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { row, col })
      break
    end
  end
  result.hover_cursor = vim.api.nvim_win_get_cursor(0)
  local hover = request(client, 'textDocument/hover', vim.lsp.util.make_position_params(0, client.offset_encoding), bufnr)
  result.hover = hover and hover_text(hover.contents) or vim.NIL

  -- The quick fix for missing-dateline, applied the way Neovim applies a chosen code action.
  local dateline = vim.diagnostic.get(bufnr, { lnum = 2 })[1]
  if not dateline then
    error('no diagnostic on line 3 to ask a code action for')
  end
  vim.api.nvim_win_set_cursor(0, { dateline.lnum + 1, dateline.col })
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = { dateline.user_data.lsp }, only = { 'quickfix' } }
  local actions = request(client, 'textDocument/codeAction', params, bufnr) or {}
  result.code_actions = {}
  -- The dateline fix, not "disable for this line" (whose title names the rule too).
  local chosen
  for _, action in ipairs(actions) do
    table.insert(result.code_actions, action.title)
    local title = action.title:lower()
    local is_fix = title:find('dateline', 1, true) and not (title:find('disable', 1, true) or title:find('suppress', 1, true))
    if is_fix and (not chosen or (action.isPreferred and not chosen.isPreferred)) then
      chosen = action
    end
  end
  if not chosen then
    error('no dateline quick fix among ' .. vim.inspect(result.code_actions))
  end
  result.applied_action = chosen.title
  if not chosen.edit and not chosen.command and client:supports_method('codeAction/resolve') then
    chosen = request(client, 'codeAction/resolve', chosen, bufnr)
  end
  if chosen.edit then
    vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  end
  if chosen.command then
    local command = type(chosen.command) == 'table' and chosen.command or chosen
    request(client, 'workspace/executeCommand', { command = command.command, arguments = command.arguments }, bufnr)
  end
  -- A snippet edit leaves Neovim in snippet mode with the placeholder selected: leave it.
  if vim.snippet and vim.snippet.active() then
    vim.snippet.stop()
  end
  vim.cmd('stopinsert')
  result.line3_after_fix = vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1]
  result.line_count = #lines
  result.line_count_after_fix = vim.api.nvim_buf_line_count(bufnr)

  -- Fix-all: a slip of Charap's name at the end, fixed in one edit once it is flagged.
  local slip = 'Charapp added that the talks would go on.'
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '', slip, '', 'Charap said more.' })
  local flagged = vim.wait(TIMEOUT, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'name-spelling' then
        return true
      end
    end
    return false
  end, 50)
  if not flagged then
    error('the slip was never flagged')
  end
  result.fix_all_applied = require('copydesk').fix_all(bufnr)
  result.slip_line_after_fix_all = vim.api.nvim_buf_get_lines(bufnr, last + 1, last + 2, false)[1]
  result.can_watch_files = require('copydesk').can_watch_files()
end

local ok, err = xpcall(function()
  setup_plugin()
  if env.COPYDESK_MODE == 'lsp' then
    check_lsp()
  else
    check_plugin()
  end
end, debug.traceback)
if not ok then
  table.insert(result.errors, err)
end
result.messages = vim.api.nvim_exec2('messages', { output = true }).output
write_result()
vim.cmd('qall!')
