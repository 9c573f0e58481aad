"""dev425 items: Colombia, Angola, Mozambique, Zimbabwe, Somalia, South Sudan, Sudan, Mali,
Western Sahara, Ethiopia, Nigeria, the Falklands, eastern Congo and Chile.

Fourteen texts with figures and two with numbers but no figure (the last two)."""

from _wrap import item

item(
    "Colombia's landmine victims rise again as armed groups lay new devices",
    """
Anti-personnel mines and unexploded ordnance killed [[27 people|killed;a=Descontamina Colombia]]
and injured [[130|injured;a=Descontamina Colombia]] in Colombia last year, the highest toll since
{{2016}}, according to the government's mine action office, Descontamina Colombia. Soldiers and
police made up just over {{40%}} of the victims. Since {{1990}} the office has registered [[more
than 12,400 victims|injured;a=the office;alt=Descontamina Colombia]] of mines, about a fifth of
them killed. The ICRC said improvised mines laid by armed groups had left [[about 32,000
people|civilians;a=The ICRC]] confined to their villages in Cauca, Narino and Antioquia. In
Catatumbo, fighting between the ELN and FARC dissidents that began in {{January 2025}} displaced
[[more than 60,000 people|displaced;a=the Ombudsman's Office]], according to the Ombudsman's
Office, and [[some 8,000 families|civilians]] in rural hamlets cannot reach their fields. The army
said it had sent [[5,000 additional troops|combatants;a=The army]] to the region.
""",
)

item(
    "ELN frees soldiers seized from army demining platoon in Arauca",
    """
The National Liberation Army (ELN) freed [[six soldiers|kidnapped;a=the Ombudsman's Office]] it
had seized from an army demining platoon in Arauca in {{August}}, the Ombudsman's Office said on
Thursday. The rebels had captured [[nine|kidnapped;a=the army]] in the ambush, and
[[three|kidnapped;a=the army]] are still being held, the army said. [[Two soldiers|killed]] were
killed in the attack and [[four|injured]] wounded. Colombia's army has [[about 4,500
soldiers|combatants;a=the defence ministry]] in its humanitarian demining brigade, according to
the defence ministry. In {{2019}}, [[two civilian deminers|kidnapped]] working for a Colombian
charity in Cauca were abducted by FARC dissidents and released after {{three weeks}}. Civilian
demining groups have since pulled [[about 300 staff|other;a=Civilian demining groups]] out of areas where armed
groups are active, they say.
""",
)

item(
    "Angola's Cuando Cubango: mines cleared on the road Prince Harry walked",
    """
The HALO Trust said on Monday it had cleared [[more than 1,000 minefields|other;u=other;a=The HALO
Trust]] in Angola since {{1994}}, including the field at Dirico that Prince Harry visited in
{{2019}}. The government says [[around 1,200 minefields|other;u=other;a=The government]] remain,
covering about {{70 square kilometres}}. [[About 88,000 people|civilians;a=HALO]] live within
{{one kilometre}} of a minefield in Cuando Cubango province, according to HALO. The charity says
it employs [[about 1,100 Angolans|other;a=The charity;alt=The HALO Trust]], {{roughly 40%}} of
them women. Angola has [[an estimated 80,000 amputees|injured]], most of them mine survivors
from the civil war that ended in {{2002}}. Britain has pledged {{£36 million}} to clear [[240
minefields|other;u=other;p;a=Britain]] in the Okavango headwaters, where [[tens of thousands of
elephants|other;u=other]] migrate between Angola, Botswana and Namibia.
""",
)

item(
    "Mozambique, once among the world's most mined nations, declares itself free",
    """
Mozambique declared itself free of known landmines on Thursday, {{22 years}} after the end of a
civil war that left minefields around power lines, bridges and villages. Deminers have destroyed [[more
than 171,000 mines|other;a=the National Demining Institute]] since {{1993}}, according to the
National Demining Institute. Mines killed or injured [[more than 10,900 people|injured;a=the
institute;alt=the National Demining Institute]] in that time, the institute said. The HALO
Trust, which cleared {{80%}} of the country's minefields, said it had lost [[two
deminers|killed;a=The HALO Trust]] in accidents. At the height of the work, [[more than 1,000
Mozambicans|other]] were employed as deminers. A government programme supports [[about 2,300
mine survivors|aid;a=officials]] with pensions and prostheses, officials said.
""",
)

item(
    "Zimbabwe's border minefields still kill cattle, and sometimes children",
    """
Minefields laid by Rhodesian forces along Zimbabwe's borders in the {{1970s}} still kill [[dozens
of cattle|other;a=the Zimbabwe Mine Action Centre]] every year, the Zimbabwe Mine Action Centre
says. [[Two children|killed;a=police]] herding goats near Mukumbura were killed in {{March}},
police said. [[About 80,000 people|civilians;a=the centre;alt=the Zimbabwe Mine Action
Centre]] live near the minefields, the centre estimates. Norwegian People's Aid, the HALO Trust
and APOPO together employ [[some 300 deminers|other]] on the north-eastern border. Deminers have
destroyed [[more than 200,000 mines|other;a=the centre;alt=the Zimbabwe Mine Action Centre]]
since {{2012}}, the centre said. The government aims to clear the remaining {{26 square
kilometres}} by {{2025}}, after which [[about 1,400 families|returned;p]] expect to move back onto
land along the Musengezi river.
""",
)

item(
    "Somali deminers abducted by al-Shabaab in Lower Shabelle",
    """
Al-Shabaab fighters abducted [[five deminers|kidnapped;a=the Somali Explosive Management
Authority]] working on a road-clearance contract near Afgoye on Tuesday, the Somali Explosive
Management Authority said. Clan elders secured the release of [[two|kidnapped;a=a local
elder]] on Thursday, a local elder said. Mogadishu police said they had arrested [[three
men|arrested;a=Mogadishu police]] suspected of passing information to the group. UNMAS says
Somali teams have removed [[more than 4,000 improvised explosive devices|other;a=UNMAS]] since
{{2014}}. Improvised bombs killed [[at least 480 people|killed;a=UNMAS]] in Somalia last year and
wounded [[about 700|injured;a=UNMAS]], it said. The African Union mission has [[about 11,000
troops|combatants]] in the country, and its engineers cleared {{some 900 kilometres}} of supply
routes last year.
""",
)

item(
    "South Sudan's returnees walk roads UN teams have yet to clear",
    """
UNMAS teams in South Sudan destroyed [[more than 38,000 explosive items|other;a=the
agency;alt=UNMAS]] last year, the agency said. [[More than 500,000 South Sudanese
returnees|returned;a=UNHCR]] have crossed back from Sudan since the war there began in {{April
2023}}, according to UNHCR. At Renk, a transit centre built for [[3,000 people|capacity]] holds
[[more than 15,000|displaced;a=aid workers]], aid workers say. Explosive ordnance killed [[11
people|killed;a=UNMAS]] and injured [[26|injured;a=UNMAS]] in Jonglei and Eastern Equatoria in
the first half of the year, UNMAS said. UNMAS expects to clear {{about 1,500 kilometres}} of roads
to allow [[some 400 trucks|aid;p;a=UNMAS]] a month to reach the returnees. [[Several hundred
families|displaced]] are camped at Malakal port waiting for boats south.
""",
)

item(
    "Khartoum's returnees face unexploded shells in homes and streets",
    """
[[More than 1 million people|returned;a=the IOM]] have returned to Khartoum state since the army
retook the capital in {{March 2025}}, the IOM said. The agency expects [[another 2
million|returned;p;a=The agency;alt=the IOM]] to follow by the end of the year. Sudan's National
Mine Action Centre said its teams had removed [[more than 11,000 unexploded shells and
rockets|other;n=shells and rockets;a=Sudan's National Mine Action Centre]] from homes, schools
and streets. [[At least 16 people|killed;a=a medical source]] have been killed by unexploded
ordnance in Omdurman and Bahri since April, a medical source said. UN-Habitat estimated that [[more
than 60,000 buildings|housing;a=UN-Habitat]] in the capital had been damaged. [[About 4 million
people|displaced]] fled the city during the fighting. UNMAS said it had trained [[120 Sudanese
police officers|other;a=UNMAS]] in bomb disposal. The Sudanese Red Crescent says [[about 1,200
people|missing;a=The Sudanese Red Crescent]] from the capital are still missing.
""",
)

item(
    "Improvised mines turn central Mali's roads into death traps",
    """
Improvised mines killed [[at least 127 civilians|killed;a=ACLED]] on roads in central Mali in
{{2023}}, according to ACLED, the conflict monitor. [[Eleven passengers|killed;a=the regional
governor]] died on {{February 9}} when their bus hit a mine near Bandiagara, the regional governor
said. [[Twenty-three|injured;a=the regional governor]] were injured, he said. The army said it had
arrested [[14 suspects|arrested;a=The army]] in villages near the road. Before it withdrew at the
end of {{2023}}, the UN mission had [[more than 13,000 troops|combatants]] in Mali, and [[dozens
of peacekeepers|killed]] were killed by roadside bombs during its {{ten years}} there. Transporters
say [[at least 40 trucks|other;a=Transporters]] have been destroyed by mines on the
Mopti-Gao road since January. Convoys now wait for escorts of [[20 to 30 soldiers|combatants]].
""",
)

item(
    "Mines along Western Sahara's sand wall kill Sahrawi herders",
    """
The berm, a sand wall of about {{2,700 kilometres}}, is flanked by what Landmine Monitor estimates
are [[up to 7 million mines|other;a=Landmine Monitor]]. [[Two Sahrawi herders|killed;a=the Polisario
Front]] were killed when their vehicle hit a mine near Mijek last week, the Polisario Front said.
Since {{1975}}, the Sahrawi mine action office has recorded [[more than 2,500
casualties|injured;a=the Sahrawi mine action office]] east of the wall. Moroccan forces say they
have cleared [[more than 40,000 mines|other;a=Moroccan forces]] on their side. MINURSO, the UN
mission, has [[about 200 military observers|combatants]] in the territory. [[About 173,000
refugees|displaced;a=UNHCR]] live in the [[five camps|capacity;a=UNHCR]] near Tindouf in Algeria,
according to UNHCR.
""",
)

item(
    "Tigray children maimed by unexploded ordnance after the war",
    """
Explosive remnants of war killed [[at least 23 children|killed;a=UNICEF]] and injured
[[41|injured;a=UNICEF]] in Tigray in the year after the Pretoria ceasefire of {{November 2022}},
UNICEF said. [[About 1 million people|displaced;a=the regional interim administration]] remain
displaced, the regional interim administration said, many of them in [[more than 600 collective
centres|capacity;a=the regional interim administration]]. [[Some 130,000|returned]] have gone back
to their villages in the past year. A risk education campaign reached [[76,000
children|aid;a=the Ethiopian Mine Action Office]] in schools, according to the Ethiopian Mine
Action Office. It said [[hundreds of villages|other;a=the Ethiopian Mine Action Office]]
remain unsurveyed.
""",
)

item(
    "Borno farmers killed by ISWAP mines as they return to land",
    """
[[At least 16 farmers|killed;a=a militia leader]] were killed on Saturday when their truck hit an
improvised mine near Dikwa, a militia leader told AFP. Improvised mines killed or injured [[more
than 400 people|injured;a=the UN]] in Borno in {{2024}}, the UN says. [[About 1.8 million
people|displaced;a=the IOM]] remain displaced in north-east Nigeria, many in [[more than 200
camps|capacity;a=the IOM]], according to the IOM. The state government says it has resettled
[[about 140,000 people|returned;a=The state government]] in their home towns and plans to move
[[another 5,000 households|returned;p;a=The state government]] this year. The army said soldiers
had arrested [[seven men|arrested;a=The army]] suspected of making explosives in a workshop near
Bama. [[Two soldiers|injured]] were wounded in the raid.
""",
)

item(
    "Falklands declared free of landmines after decades of clearance",
    """
The Falkland Islands were declared free of landmines on Saturday, {{38 years}} after the
conflict between Britain and Argentina. Argentine forces laid [[about 20,000 mines|other]] during
the {{1982}} war. Deminers destroyed [[more than 3,600 mines|other;a=the British government]] and
[[about 2,000 other devices|other;a=the British government]] in the final phase, the British
government said. [[About 100 Zimbabwean deminers|other]] worked on the islands, most of them for
SafeLane Global. No civilian was ever hurt by a mine on the islands. [[Some 3,500
islanders|civilians]] can now walk on beaches fenced off since the war.
""",
)

item(
    "Unexploded shells litter Goma after the M23 takeover",
    """
UNMAS said its teams and partners had removed [[more than 6,000 explosive items|other;a=UNMAS]]
from Goma since {{M23}} rebels seized the city in {{January}}. [[Two children|killed;a=a hospital
official]] were killed and [[three|injured;a=a hospital official]] wounded when a grenade they
found exploded in Ndosho, a hospital official said. [[About 3,000 people|killed;a=the UN]] were
killed in the fighting for the city, the UN said. The {{M23}} said it had detained [[26
people|arrested;a=The M23]] accused of looting weapons from army depots. [[Some 700,000 displaced
people|displaced]] left camps around the city after the rebels ordered [[about 70
displacement sites|capacity]] closed. [[Dozens of unexploded bombs|other;u=other]] still lie in
the ruins of the depots, and aid groups say [[as many as 400 people|missing;a=aid groups]] are
unaccounted for.
""",
)

item(
    "Chile completes clearance of its last border minefield",
    """
Chile finished clearing its last minefield on the border with Peru on Tuesday, {{four years}}
ahead of its {{2024}} deadline under the Ottawa Convention, the defence ministry said. The mines
were laid in the {{1970s}} during tensions with Argentina, Peru and Bolivia. Army engineers
cleared {{more than 28 million square metres}} of land since {{2004}}. The programme cost about
{{$60 million}}, officials said. Chile is the {{third}} country in the Americas to complete
clearance since {{2017}}.
""",
)

item(
    "Mine action budgets squeezed as donors cut aid",
    """
Funding for mine clearance fell by {{17%}} in {{2025}}, the steepest drop in {{two decades}}, after
Washington froze foreign aid in {{January}}, the Mine Action Review said on Wednesday. The United
States had provided {{$300 million}} a year, about {{40%}} of international funding. Clearance
groups in Angola, Zimbabwe and Somalia suspended work for up to {{three months}}. The review said
deadlines set for {{2025}} and {{2026}} would be missed. Britain cut its mine action budget to
{{£20 million}} from {{£36 million}}.
""",
)
