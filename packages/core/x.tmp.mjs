import { SaxesParser } from "saxes"
import fs from "node:fs"
const types = new Map()
for (const w of ["wsdl/Services88-Chat.wsdl","wsdl/Services88-SoPrincipal.wsdl"]) {
  const p = new SaxesParser({ xmlns: true })
  let tns, cur, depth=0, stack=[]
  p.on("opentag", t => {
    stack.push(t)
    if (t.local==="schema") tns = t.attributes.targetNamespace.value
    if (t.local==="complexType" && t.attributes.name) { cur = {name: `{${tns}}${t.attributes.name.value}`, els: [], base: undefined}; types.set(cur.name, cur) }
    if (cur && t.local==="extension") { const [pre,l]=t.attributes.base.value.split(":"); cur.base = `{${t.ns[pre] ?? lookup(pre)}}${l}` }
    if (cur && t.local==="element" && t.attributes.type) cur.els.push({name: t.attributes.name.value, type: t.attributes.type.value, nillable: t.attributes.nillable?.value==="true", min: t.attributes.minOccurs?.value})
  })
  const lookup = (pre) => { for (let i=stack.length-1;i>=0;i--) if (stack[i].ns[pre]) return stack[i].ns[pre] }
  p.on("closetag", t => { stack.pop(); if (t.local==="complexType") cur = undefined })
  p.write(fs.readFileSync(w,"utf8")).close()
}
const allEls = (n) => { const t = types.get(n); if (!t) return undefined; return [...(t.base ? allEls(t.base) : []), ...t.els] }
const dir = "test/fixtures/documented"
const missing = new Map(); let extraCount=0
for (const f of fs.readdirSync(dir).filter(f=>f.endsWith(`.response.xml`)).sort()) {
  const p = new SaxesParser({ xmlns: true }); const st=[]
  p.on("opentag", t => { const ty=t.attributes["xsi:type"]?.value; let q; if (ty) { const [pre,l]=ty.split(":"); for (let i=st.length;i>=0;i--){const s = i===st.length? t : st[i].t; if (s.ns[pre]) {q=`{${s.ns[pre]}}${l}`;break}} }
    if (st.length) st[st.length-1].kids.push(t.local); st.push({t, q, kids:[]}) })
  p.on("closetag", () => { const n = st.pop(); if (n.q && types.has(n.q) && !n.q.includes("ArrayOf")) { const want = allEls(n.q).map(e=>e.name); const miss = want.filter(w=>!n.kids.includes(w)); const extra = n.kids.filter(k=>!want.includes(k)); if (miss.length||extra.length) { const k = `${n.q} miss=${miss} extra=${extra}`; missing.set(k,(missing.get(k)??0)+1); } } })
  p.write(fs.readFileSync(`${dir}/${f}`,"utf8")).close()
}
for (const [k,v] of missing) console.log(v, k)
