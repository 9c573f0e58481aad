"""Negatives: international courts, laws, sanctions and designations (politics); trials,
corruption, criminal killings, smuggling and seizures (crime).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

NEGATIVES = [
    (
        "ICC issues arrest warrants for Netanyahu, Gallant and Hamas commander",
        "The International Criminal Court issued arrest warrants on Thursday for Israel's "
        "prime minister, its former defence minister and Hamas military commander Mohammed "
        "Deif over alleged war crimes and crimes against humanity. The judges said there were "
        "reasonable grounds to believe the two Israelis bore criminal responsibility for the "
        "use of starvation as a method of warfare in Gaza. Israel called the decision "
        "antisemitic, and the United States rejected it. The court's 124 member states are "
        "obliged to arrest the three if they enter their territory.",
        "politics",
    ),
    (
        "ICC issues arrest warrant for Putin over deportation of children",
        "The International Criminal Court said on Friday it had issued an arrest warrant for "
        "Vladimir Putin, saying he was allegedly responsible for the war crime of unlawful "
        "deportation of children from occupied areas of Ukraine to Russia. It also issued a "
        "warrant for Russia's children's rights commissioner. The Kremlin said the decisions "
        'were "null and void" for Russia, which is not a member of the court. Ukraine\'s '
        "president called it a historic decision. Legal experts said the chance of a trial "
        "was slim as long as Putin stayed in power.",
        "politics",
    ),
    (
        "World Court orders Israel to prevent genocidal acts but not to halt fighting",
        "The International Court of Justice ordered Israel on Friday to take all measures "
        "within its power to prevent acts of genocide in Gaza and to enable basic aid, in a "
        "case brought by South Africa. The judges did not order a halt to the military "
        "campaign, as South Africa had asked. Both sides claimed the ruling as a win.",
        "politics",
    ),
    (
        "Rada passes mobilisation law after months of battle over 4,000 amendments",
        "Ukraine's parliament passed a law on Thursday tightening the rules for drafting men "
        "into the army, after months of wrangling over more than 4,000 amendments. The law "
        "requires men aged 18 to 60 to update their details with enlistment offices within 60 "
        "days and allows courts to suspend the driving licences of draft evaders. A clause "
        "letting soldiers who have served 36 months go home was dropped at the request of the "
        "defence ministry, which promised a separate bill. Lawmakers from the ruling party "
        "said the front needed fresh troops, while the opposition called the law half-baked. "
        "The president has yet to sign it. Military analysts said the law would not fill the "
        "ranks quickly.",
        "politics",
    ),
    (
        "Ukraine extends martial law and general mobilisation for another 90 days",
        "Ukraine's parliament voted on Tuesday to extend martial law and general mobilisation "
        "by 90 days, the 15th extension since Russia's full-scale invasion, with 357 "
        "lawmakers in favour. Under martial law elections cannot be held and men of "
        "conscription age are barred from leaving the country. Opposition lawmakers "
        "criticised the ban on elections but voted for the extension. The vote has become "
        "routine, coming round every three months since February 2022.",
        "politics",
    ),
    (
        "Knesset votes to bar UNRWA from operating in Israel",
        "Israel's parliament passed two laws on Monday that bar the UN agency for Palestinian "
        "refugees, UNRWA, from operating on Israeli sovereign territory and forbid state "
        "bodies from contact with it. Ninety-two lawmakers voted in favour and ten against. "
        "The UN chief said the laws would have devastating consequences, and several Western "
        "governments voiced concern.",
        "politics",
    ),
    (
        "Ultra-Orthodox party quits coalition in battle over draft exemptions",
        "One of Israel's two ultra-Orthodox parties said on Tuesday it was leaving the "
        "government over the failure to pass a law exempting yeshiva students from military "
        "service, leaving the prime minister with a one-seat majority. The other party said "
        "it would leave the cabinet but not the coalition. The High Court ruled last year "
        "that there was no legal basis for a blanket exemption. The split followed weeks of "
        "verbal shelling between the prime minister's Likud and the rabbis who lead the "
        "party.",
        "politics",
    ),
    (
        "US sanctions four settlers over West Bank violence",
        "The United States imposed sanctions on Thursday on four Israeli settlers it accused "
        "of violence against Palestinians in the occupied West Bank, freezing any US assets "
        "and barring Americans from dealing with them. They were the first measures under a "
        "new executive order. Israel's prime minister said the vast majority of settlers were "
        "law-abiding citizens.",
        "politics",
    ),
    (
        "Washington redesignates Houthis as a foreign terrorist organisation",
        "The US State Department on Tuesday redesignated Yemen's Houthi movement as a foreign "
        "terrorist organisation, a step that makes material support for the group a crime. "
        "Aid agencies warned it could complicate imports of food and fuel into the "
        "Houthi-controlled north, where most Yemenis live. The Houthis said the decision "
        "would not change their position. The previous administration had revoked an earlier "
        "designation in 2021, citing the humanitarian situation.",
        "politics",
    ),
    (
        "Trump says he will lift sanctions on Syria, drawing cheers in Riyadh",
        "President Donald Trump said in Riyadh on Tuesday he would order the lifting of all "
        'sanctions on Syria to give the country "a chance at greatness", drawing a standing '
        "ovation at a Saudi-US investment forum. People celebrated in the streets of Damascus "
        "and Idlib, honking car horns and waving flags. The US Treasury said it would issue "
        "guidance on implementation.",
        "politics",
    ),
    (
        "Moscow councillor jailed for seven years over anti-war remarks",
        "A Moscow court sentenced a municipal councillor to seven years in prison on Friday "
        'for spreading "false information" about the army, after he called the fighting in '
        "Ukraine a war at a council meeting. He was the first person sent to prison under the "
        'law passed in March. In the courtroom he held up a sign reading "Do you still need '
        'this war?"',
        "politics",
    ),
    (
        "Kyiv court jails Russian soldier for life in first war crimes trial",
        "A court in Kyiv sentenced a 21-year-old Russian tank commander to life in prison on "
        "Monday for killing an unarmed civilian in the Sumy region in the first days of the "
        "invasion, in the first war crimes trial of the conflict. The soldier had pleaded "
        "guilty and asked the victim's widow for forgiveness. His lawyer said he would "
        "appeal. Prosecutors said they had registered more than 10,000 suspected war crimes.",
        "crime",
    ),
    (
        "Former deputy defence minister charged over inflated army food contracts",
        "Ukraine's anti-corruption bureau charged a former deputy defence minister on "
        "Thursday with embezzlement over contracts to supply food to troops at prices two to "
        "three times those in shops, including eggs at 17 hryvnias each. Prosecutors said the "
        "scheme cost the state more than 200 million hryvnias. The former official denied "
        "wrongdoing and was released on bail.",
        "crime",
    ),
    (
        "Two men shot dead in Tayibe as killings in Arab towns hit a record",
        "Two men were shot dead in their car in the Arab town of Tayibe in central Israel on "
        "Saturday night, police said, bringing the number of Arab citizens killed this year "
        "to 215, a record. Police said the shooting was linked to a feud between criminal "
        "organisations. Arab community leaders accused the government of neglecting the "
        "violence. Police have made arrests in fewer than a fifth of this year's cases.",
        "crime",
    ),
    (
        "Gunman kills four after quarrel with neighbour in Kyiv",
        "A man opened fire on his neighbours in Kyiv's Holosiivskyi district on Saturday "
        "after an argument over a parking space, killing four people before police detained "
        "him, the interior minister said. The 57-year-old had a registered hunting rifle, "
        "police said.",
        "crime",
    ),
    (
        "Depositor holds Beirut bank staff hostage to get his savings",
        "A man armed with a shotgun held employees and customers of a bank in Beirut's Hamra "
        "district hostage for seven hours on Thursday, demanding access to $200,000 of his "
        "savings frozen under Lebanon's informal capital controls. He let the hostages go and "
        "surrendered after the bank agreed to give him part of the money. Crowds outside "
        "cheered him. It was the second such hold-up in a week.",
        "crime",
    ),
    (
        "Jordan seizes nine million Captagon pills at Jaber crossing",
        "Jordanian customs officers found about nine million Captagon pills hidden in the "
        "walls of a refrigerated truck at the Jaber border crossing with Syria, the army said "
        "on Wednesday, and arrested the driver. The amphetamine-type pills were mostly bound "
        "for the Gulf.",
        "crime",
    ),
    (
        "Police say Tel Aviv stabbing was criminal, not terror",
        "A 34-year-old man was stabbed and seriously wounded outside a bar on Allenby Street "
        "in Tel Aviv early on Friday, Magen David Adom said. Police first treated it as a "
        "possible terror attack but later said it stemmed from an argument between "
        "acquaintances over a debt. A suspect was arrested in Bat Yam.",
        "crime",
    ),
    (
        "Border guards detain men trying to swim the Tisza to avoid the draft",
        "Ukrainian border guards detained seven men trying to cross the Tisza river into "
        "Romania in the Zakarpattia region on Monday to avoid mobilisation, the State Border "
        "Guard Service said, and recovered the body of another man downstream. Each had paid "
        "smugglers up to $8,000. Guards say dozens of men have drowned trying to cross the "
        "river since the full-scale war began.",
        "crime",
    ),
    (
        "Iraqi court sentences businessman in absentia over $2.5 billion tax heist",
        "A Baghdad court sentenced a businessman in absentia to ten years in prison on Sunday "
        "over the theft of about $2.5 billion from the tax authority, a case Iraqis call the "
        '"heist of the century". Several former officials were also convicted. The '
        "businessman had been released on bail after returning part of the money and has "
        "since left the country.",
        "crime",
    ),
]
