"""dev24 texts: Sudan, South Sudan, Ethiopia and Somalia; the Sahel, Nigeria and Cameroon;
DRC, Mozambique and CAR.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- Sudan, South Sudan, Ethiopia, Somalia

F(
    "El Geneina killings: UN report gives range",
    "Between [[10,000 and 15,000 people|killed;a=a confidential UN report]] were killed in El Geneina in West Darfur in {{2023}} in ethnic violence by the Rapid Support Forces and allied Arab militias, according to a confidential UN report seen by Reuters. "
    "[[More than 500,000 refugees|displaced;a=the report]] fled to Chad over the same period, the report said.",
)

F(
    "Sudan: RSF attack on Wad al-Nourah village",
    "An RSF attack on the village of Wad al-Nourah in Gezira state killed [[more than 100 people|killed;a=the Madani Resistance Committee]], the Madani Resistance Committee said, including [[35 children|killed;a=the Madani Resistance Committee]]. "
    "The RSF said it had attacked army positions near the village and killed [[dozens of army fighters|killed;a=The RSF]].",
)

F(
    "Zamzam camp: aid groups count victims of attack",
    "[[At least 400 people|killed;a=the UN]] were killed in {{three days}} of attacks on Zamzam camp and nearby areas, the UN said, revising its earlier toll of [[more than 100|killed;a=the UN]]. "
    "IOM said [[between 60,000 and 80,000 households|displaced;a=IOM]] had fled the camp towards Tawila and El Fasher.",
)

F(
    "South Sudan: cattle raid in Jonglei",
    "Armed youths from Pibor killed [[at least 32 people|killed;a=a local official]] and abducted [[14 women and children|kidnapped;n=women and children;a=a local official]] in a cattle raid in Jonglei state, a local official said. "
    "The raiders made off with [[some 3,000 head of cattle|other;n=head;u=other;a=a local official]], he added.",
)

F(
    "Ethiopia: Amhara drone strike on market",
    "A drone strike on a market in Amhara's Gondar zone killed [[at least 30 civilians|killed;a=residents and a health worker]], residents and a health worker said. "
    "The health worker said [[28 wounded|injured;a=The health worker]] were brought to the hospital in Gondar, [[six|injured;a=The health worker]] of whom died overnight.",
)

F(
    "Tigray: Mekelle hospital overwhelmed",
    "Ayder referral hospital in Mekelle said it was treating [[more than 200 war wounded|injured;n=wounded;a=Ayder referral hospital in Mekelle]] with only {{two days}} of fuel left for its generators.",
)

F(
    "Somalia: al-Shabaab truck bomb in Mogadishu",
    "The toll from the truck bomb at the Zobe junction in Mogadishu rose to [[512|killed;a=a government committee]], a government committee said, making it the deadliest attack in Somalia's history. "
    "[[More than 300|injured]] were wounded and [[62|missing]] are still missing.",
)

F(
    "Somali army says 70 al-Shabaab fighters killed",
    "The Somali National Army said it killed [[70 al-Shabaab fighters|killed;a=The Somali National Army]] in an operation in Middle Shabelle backed by clan militias. "
    "The militant group said in a statement that it had killed [[more than 40 soldiers|killed;a=The militant group]] and seized [[five armed pickups|other;a=The militant group]].",
)

F(
    "Kenya: protests over finance bill",
    "The Kenya National Commission on Human Rights said [[39 people|killed;a=The Kenya National Commission on Human Rights]] had been killed and [[361|injured;a=The Kenya National Commission on Human Rights]] injured in {{two weeks}} of protests against the finance bill. "
    "It said [[627 people|arrested;a=The Kenya National Commission on Human Rights]] had been arrested and [[32 people|missing;a=The Kenya National Commission on Human Rights]] had been forcibly disappeared.",
)


# ---------------------------------------------------------------- Sahel, Nigeria, Cameroon

F(
    "Burkina Faso: Barsalogho attack",
    "Jihadists killed [[at least 133 people|killed;a=security sources]] in Barsalogho, many of them civilians digging trenches around the town, security sources said. "
    "JNIM claimed it had killed [[about 300 militiamen and soldiers|killed;n=militiamen and soldiers;a=JNIM]]. "
    "A French security assessment put the number of dead at [[up to 600|killed;a=A French security assessment]].",
)

F(
    "Mali army says 'terrorists neutralised' near Mopti",
    "Mali's armed forces said on Wednesday that they had neutralised [[31 terrorists|killed;a=Mali's armed forces]] and arrested [[eight|arrested;a=Mali's armed forces]] in an operation near Mopti, and seized [[14 motorbikes|other;a=Mali's armed forces]] and [[a dozen assault rifles|other;a=Mali's armed forces]].",
)

F(
    "Nigeria: Kuriga pupils freed",
    "Kaduna state governor Uba Sani said [[137 pupils|kidnapped;a=Kaduna state governor Uba Sani]] abducted from their school in Kuriga had been freed, fewer than the [[287|kidnapped;a=local officials]] local officials had {{first}} reported. "
    "The army said [[all 137|kidnapped;a=The army]] were in good health.",
)

F(
    "Borno: Boko Haram attack on rice farmers",
    "Boko Haram fighters killed [[at least 110 farm workers|killed;a=the UN humanitarian coordinator]] in rice fields near Zabarmari, the UN humanitarian coordinator said, raising the toll from the [[43|killed;a=officials]] given by officials a day earlier. "
    "Several women were believed abducted.",
)

F(
    "Niger: soldiers killed near Malian border",
    "Niger's defence ministry said [[17 soldiers|killed;a=Niger's defence ministry]] were killed and [[20|injured;a=Niger's defence ministry]] wounded when jihadists ambushed a convoy near Koutougou, and that [[more than 100 assailants|killed;a=Niger's defence ministry]] were killed as they withdrew.",
)

F(
    "Bamenda school abduction: 82 taken, all freed",
    "Gunmen abducted [[79 students|kidnapped;a=the army]] and [[three staff|kidnapped;n=staff;a=the army]] from a Presbyterian school in Bamenda, the army said. "
    "[[All 82|kidnapped;n=-]] were released {{three days}} later.",
)


# ---------------------------------------------------------------- DRC, Mozambique, CAR

F(
    "Goma: bodies counted after M23 takeover",
    "The UN said [[at least 2,900 bodies|killed;a=The UN]] had been recovered from the streets of Goma after the {{M23}} rebels seized the city, up from an earlier estimate of [[about 900|killed;a=The UN]]. "
    "The WHO said hospitals had treated [[more than 2,880 wounded|injured;n=wounded;a=The WHO]].",
)

F(
    "Ituri: CODECO attack on displacement site",
    "CODECO militiamen killed [[at least 46 people|killed;a=local civil society leaders]] at the Lala displacement site in Djugu territory, local civil society leaders said, and burned [[about 1,200 shelters|housing;a=local civil society leaders]]. "
    "The army said it had arrested [[seven suspects|arrested;a=The army]].",
)

F(
    "Cabo Delgado: insurgents raid Palma",
    "Insurgents linked to Islamic State killed [[dozens of people|killed;a=the government]] in a raid on the town of Palma, the government said. "
    "[[More than 11,000 people|displaced;a=OCHA]] fled to Pemba, Nangade and Mueda, OCHA said, and [[about 1,300 workers|displaced;a=OCHA]] were evacuated from the gas project site by boat.",
)

F(
    "Beni: ADF massacre leaves dozens dead",
    "ADF fighters killed [[36 people|killed;a=the local administrator]] with machetes in the Rwangoma area of Beni overnight, the local administrator said. "
    "He said the toll could rise because [[about 20 people|missing;a=the local administrator]] were still missing.",
)
