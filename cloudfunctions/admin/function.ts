import { defineFunction } from '../_lib/runtime/router'
import { createUser } from './actions/create-user'
import { updateUser } from './actions/update-user'
import { users } from './actions/users'

export const adminFunction = defineFunction('admin', [users, createUser, updateUser])
