"""dev121 hard negatives (3 of 6): protests that stay peaceful (strikes, marches, blockades,
vigils, a hunger strike) and diplomacy, ceasefire talks and prisoner swaps with no new violent
event (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "General strike over pension reform grounds flights at Brussels Airport",
        "BRUSSELS — All departing flights from Brussels Airport were cancelled on Tuesday as "
        "unions staged a national strike against the government's pension reforms, and "
        "tens of thousands of workers marched through the capital. Police said the march "
        "passed off without incident.",
        "protest",
    ),
    (
        "Tens of thousands march in Novi Sad a year after station canopy collapse",
        "NOVI SAD, Serbia (AP) — Tens of thousands of people walked in silence through Novi "
        "Sad on Saturday to mark a year since the collapse of a railway station canopy that "
        "killed 16 people, in one of the largest gatherings of the student-led movement. "
        "Marchers stopped for 16 minutes of silence outside the station.",
        "protest",
    ),
    (
        "Nine arrested for holding signs backing banned Palestine Action outside Parliament",
        "Police arrested nine people outside Parliament on Saturday for holding placards in "
        "support of Palestine Action, the direct action group banned under terrorism laws "
        "this month. The protesters sat quietly on the grass and did not resist arrest, "
        "organisers said.",
        "protest",
    ),
    (
        "Hundreds of tractors block Brussels streets as farmers protest Mercosur deal",
        "Hundreds of farmers drove their tractors into the European quarter of Brussels on "
        "Thursday, blocking roads around the EU institutions to protest against the trade "
        "agreement with the Mercosur bloc. Police said the protest was peaceful and traffic "
        "was diverted.",
        "protest",
    ),
    (
        "Nurses down tools in 20 counties over unpaid arrears",
        "Nurses in 20 counties began an indefinite strike on Monday over delayed salaries "
        "and promotions, leaving patients stranded at public hospitals, the Kenya National "
        "Union of Nurses said.",
        "protest",
    ),
    (
        "Tens of thousands rally in Tel Aviv calling for deal to free hostages",
        "Tens of thousands of Israelis rallied in Tel Aviv's Hostages Square on Saturday "
        "night, urging the government to agree to a deal that would bring home the hostages "
        "still held in Gaza and end the war. Relatives of the captives addressed the crowd "
        "from a stage.",
        "protest",
    ),
    (
        "Mother of jailed Egyptian activist marks 150 days on hunger strike",
        "Laila Soueif, the mother of jailed British-Egyptian activist Alaa Abd el-Fattah, "
        "marked 150 days on hunger strike in London on Wednesday, her family said, as "
        "doctors warned her blood sugar had fallen to dangerous levels. She is demanding "
        "that Britain press Cairo harder for her son's release.",
        "protest",
    ),
    (
        "Protesters mark one year of nightly rallies on Tbilisi's Rustaveli Avenue",
        "TBILISI — Several thousand Georgians gathered outside parliament on Friday to mark "
        "a year of nightly rallies against the government's decision to suspend talks on "
        "joining the European Union. The rally ended peacefully after midnight, police said.",
        "protest",
    ),
    (
        "CNTE teachers set up protest camp in Mexico City's Zócalo",
        "Thousands of teachers from the dissident CNTE union set up tents in Mexico City's "
        "Zócalo on Thursday at the start of a national strike against changes to the "
        "public-sector pension law. The union said the encampment would stay until the "
        "government agreed to repeal the reform. Several metro stations near the square "
        "were closed.",
        "protest",
    ),
    (
        "Lisbon taxi drivers stage go-slow against ride-hailing apps",
        "LISBON — Hundreds of taxi drivers blocked the main roads into Lisbon with slow-moving "
        "convoys on Monday morning to protest against competition from ride-hailing apps, "
        "causing long tailbacks on the bridge over the Tagus. The drivers' association said "
        "it would repeat the action every week until parliament changed the law.",
        "protest",
    ),
    (
        "Farmers block highways across Punjab demanding legal guarantee on crop prices",
        "CHANDIGARH: Farmers blocked national highways at more than 100 places across Punjab "
        "for three hours on Friday, demanding a legal guarantee of minimum support prices "
        "for their crops. The protest ended peacefully, and traffic resumed in the "
        "afternoon.",
        "protest",
    ),
    (
        "Tens of thousands walk across Sydney Harbour Bridge in March for Humanity",
        "SYDNEY — Tens of thousands of people walked across the Sydney Harbour Bridge in "
        "heavy rain on Sunday in a pro-Palestinian march calling for an end to the war in "
        "Gaza and for aid to reach the territory, after a court allowed the bridge to be "
        "closed to traffic. Police reported no arrests.",
        "protest",
    ),
    (
        "Thousands form human chain in Bratislava against government's Russia policy",
        "Thousands of Slovaks held hands in a human chain stretching from the government "
        "office to the presidential palace in Bratislava on Friday evening to protest Prime "
        "Minister Robert Fico's overtures to Moscow. Organisers said similar chains formed "
        "in 30 other towns.",
        "protest",
    ),
    (
        "Russia and Ukraine swap 390 prisoners each in first stage of major exchange",
        "KYIV, Ukraine (AP) — Russia and Ukraine each released 390 soldiers and civilians on "
        "Friday in the first stage of the largest prisoner exchange of the war, agreed at "
        "talks in Istanbul. President Volodymyr Zelenskyy said more exchanges would follow "
        "over the weekend.",
        "peace",
    ),
    (
        "Russian and Ukrainian delegations meet in Istanbul for second round of talks",
        "ISTANBUL — Russian and Ukrainian delegations met at Istanbul's Ciragan Palace on "
        "Monday for a second round of direct talks, Turkish Foreign Minister Hakan Fidan "
        "said, with an exchange of prisoners and the return of bodies on the agenda. The "
        "meeting lasted just over an hour.",
        "peace",
    ),
    (
        "Congo and Rwanda sign US-brokered peace deal in Washington",
        "WASHINGTON — The foreign ministers of Congo and Rwanda signed a peace agreement at "
        "the State Department on Friday, committing to end support for armed groups on each "
        "other's territory and to open the way for regional investment. Secretary of State "
        "Marco Rubio called it “an important moment after 30 years of war.”",
        "peace",
    ),
    (
        "Kinshasa and M23 sign Doha framework for peace",
        "DOHA — Congo's government and the M23 rebel alliance signed a framework agreement "
        "in the Qatari capital on Saturday that sets out steps towards a lasting peace in "
        "the east of the country, including a prisoner exchange and the return of refugees. "
        "Qatar's mediator said detailed protocols would be negotiated in the coming weeks.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan initial peace treaty at White House",
        "Armenia and Azerbaijan initialled a peace treaty at the White House on Friday, "
        "pledging to renounce territorial claims after nearly four decades of conflict, and "
        "agreed to a US-backed transit route across southern Armenia. Prime Minister Nikol "
        "Pashinyan and President Ilham Aliyev shook hands in front of President Donald Trump.",
        "peace",
    ),
    (
        "Israel frees 1,968 Palestinian prisoners as last living hostages come home",
        "Israel released 1,968 Palestinian prisoners and detainees on Monday as the last 20 "
        "living hostages held in Gaza returned home under the first phase of the ceasefire "
        "agreement. Buses carrying freed prisoners were greeted by crowds in Ramallah and "
        "Khan Younis, while the hostages were flown to hospitals in central Israel to be "
        "reunited with their families.",
        "peace",
    ),
    (
        "UN Security Council extends UNIFIL mandate for final time",
        "The UN Security Council voted unanimously on Thursday to extend the mandate of the "
        "UN peacekeeping force in southern Lebanon until the end of 2026, after which its "
        "10,000 troops will withdraw within a year, as the United States had pushed for.",
        "peace",
    ),
    (
        "First group of PKK fighters burns its weapons near Sulaymaniyah",
        "SULAYMANIYAH, Iraq — Some 30 fighters of the Kurdistan Workers' Party (PKK) burned "
        "their weapons at a ceremony near Sulaymaniyah on Friday, the first concrete step "
        "in the group's decision to disarm. The PKK has waged a four-decade insurgency "
        "against the Turkish state. Ankara called the ceremony “an irreversible turning "
        "point”.",
        "peace",
    ),
    (
        "Thailand, Cambodia agree immediate, unconditional ceasefire after talks in Putrajaya",
        "PUTRAJAYA, July 28 (Bernama) -- Thailand and Cambodia have agreed to an immediate "
        "and unconditional ceasefire from midnight tonight, Prime Minister Datuk Seri Anwar "
        "Ibrahim announced after chairing talks between the two countries' leaders. Military "
        "commanders of both sides will meet tomorrow morning.",
        "peace",
    ),
    (
        "Colombian government, Comuneros del Sur sign deal to destroy weapons",
        "Pasto (EFE).- The Colombian government and the Comuneros del Sur armed group signed "
        "an agreement on Friday under which the group will hand over its weapons for "
        "destruction under UN supervision, the peace commissioner's office said. It is the "
        "first disarmament deal under President Gustavo Petro's 'total peace' policy.",
        "peace",
    ),
    (
        "Calm along LoC on first night of India-Pakistan understanding",
        "JAMMU: No firing was reported along the Line of Control and the International "
        "Border overnight, officials said on Sunday, the first night after India and "
        "Pakistan agreed to stop all military action following four days of drone and "
        "missile exchanges. Residents who had left border villages began to return.",
        "peace",
    ),
    (
        "Quad proposes three-month humanitarian truce in Sudan",
        "CAIRO — The United States, Saudi Arabia, the UAE and Egypt proposed a three-month "
        "humanitarian truce in Sudan on Friday, to be followed by a permanent ceasefire and "
        "a nine-month political transition, in a joint statement. Sudan's army-led "
        "government said it would study the proposal.",
        "peace",
    ),
    (
        "Yemen's government and Houthis agree prisoner swap after Muscat talks",
        "MUSCAT — Yemen's internationally recognised government and the Houthi movement "
        "agreed to exchange about 2,900 prisoners after 12 days of UN-sponsored talks in the "
        "Omani capital, the UN envoy's office said on Tuesday. The Red Cross will carry "
        "out the release.",
        "peace",
    ),
]
