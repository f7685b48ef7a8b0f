import type { Catalogue } from '../keys';

/** Messages en français. Mêmes clés que le catalogue anglais (en.ts). */
export const fr: Catalogue = {
  app: {
    name: 'ArchLab',
    tagline: 'Concevoir, vérifier et dimensionner des architectures IA/ML',
  },
  header: {
    designName: 'Nom de la conception',
    new: 'Nouveau',
    open: 'Ouvrir…',
    save: 'Enregistrer',
    library: 'Conceptions',
    undo: 'Annuler',
    redo: 'Rétablir',
    language: 'Langue',
    saved: 'Enregistré dans ce navigateur',
    saving: 'Enregistrement…',
    notSaved: 'Non enregistré',
  },
  languages: {
    en: 'English',
    fr: 'Français',
  },
  palette: {
    title: 'Composants',
    empty:
      'Le catalogue de composants apparaîtra ici : flux de données, stockage, magasins de caractéristiques, serveurs de modèles, passerelles, sécurité et observabilité, à glisser sur le canevas.',
  },
  canvas: {
    label: 'Canevas de conception',
    empty:
      'Cette conception est vide. Ouvrez un fichier de conception, ou ajoutez des composants depuis la palette dès qu’elle sera disponible.',
  },
  panel: {
    label: 'Panneau latéral',
    tabs: {
      properties: 'Propriétés',
      findings: 'Constats',
      metrics: 'Métriques',
      labs: 'Ateliers',
      export: 'Export',
    },
    properties: {
      empty: 'Sélectionnez un composant, une connexion ou un groupe sur le canevas pour voir ses propriétés ici.',
      selectedCount_one: '{{count}} élément sélectionné',
      selectedCount_other: '{{count}} éléments sélectionnés',
      selectedCount_many: '{{count}} éléments sélectionnés',
      type: 'Type',
      technology: 'Technologie',
      description: 'Description',
      protocol: 'Protocole',
      mode: 'Mode',
      kind: 'Nature',
      from: 'De',
      to: 'Vers',
      none: '—',
    },
    findings: {
      empty:
        'Les constats des vérifications d’architecture apparaîtront ici : chaque modèle que la conception enfreint, pourquoi c’est important et comment y remédier.',
    },
    metrics: {
      empty:
        'Le dimensionnement, le budget de latence, la disponibilité et le coût mensuel calculés à partir de la charge apparaîtront ici.',
    },
    labs: {
      empty: 'Les neuf ateliers de la formation IA007, avec leurs objectifs vérifiés en direct, apparaîtront ici.',
    },
    export: {
      empty:
        'Les exports apparaîtront ici : diagrammes C4 (Structurizr DSL, C4-PlantUML, Mermaid), images et document d’architecture en Markdown.',
    },
  },
  groupKinds: {
    system: 'Périmètre du système',
    'trust-zone': 'Zone de confiance',
    region: 'Région',
    zone: 'Zone de disponibilité',
    cluster: 'Cluster',
    'edge-site': 'Site de périphérie',
  },
  modes: {
    sync: 'synchrone',
    async: 'asynchrone',
  },
  library: {
    title: 'Conceptions de ce navigateur',
    empty: 'Aucune conception enregistrée dans ce navigateur pour l’instant.',
    current: 'ouverte',
    updated: 'Modifiée le {{date}}',
    components_one: '{{count}} composant',
    components_other: '{{count}} composants',
    components_many: '{{count}} composants',
    open: 'Ouvrir',
    rename: 'Renommer',
    renameLabel: 'Nouveau nom pour « {{name}} »',
    duplicate: 'Dupliquer',
    delete: 'Supprimer',
    confirmDelete: 'Supprimer « {{name}} » de ce navigateur ? Cette action est définitive.',
    copyOf: '{{name}} (copie)',
    close: 'Fermer',
    cancel: 'Annuler',
    confirm: 'Confirmer',
    loadFailed: 'La conception enregistrée « {{name}} » n’a pas pu être lue : {{reason}}',
  },
  importDialog: {
    title: 'Ce fichier ne peut pas être ouvert',
    intro_one: '« {{file}} » comporte {{count}} problème. La conception ouverte n’a pas été modifiée.',
    intro_other: '« {{file}} » comporte {{count}} problèmes. La conception ouverte n’a pas été modifiée.',
    intro_many: '« {{file}} » comporte {{count}} problèmes. La conception ouverte n’a pas été modifiée.',
    close: 'Fermer',
  },
  notices: {
    opened: '« {{name}} » ouverte.',
    created: 'Nouvelle conception créée.',
    dropHint: 'Déposez un fichier .archlab.json pour l’ouvrir',
    commandFailed: 'Cette modification n’a pas pu être appliquée : {{reason}}',
    dismiss: 'Fermer',
  },
  storage: {
    failed:
      'Ce navigateur a refusé d’enregistrer la conception ({{reason}}) : vos modifications ne sont pas conservées ici. Téléchargez la conception pour la garder.',
    download: 'Télécharger la conception',
    dismiss: 'Fermer',
  },
  design: {
    untitled: 'Conception sans titre',
  },
  problem: {
    notJson: 'le fichier n’est pas du JSON valide : {{detail}}',
    notObject: 'un fichier de conception ArchLab (un objet JSON) est attendu',
    notArchlab: '« archlab » est attendu : ce n’est pas un fichier de conception ArchLab',
    badVersion: 'un nombre entier ≥ 1 est attendu',
    newerVersion:
      'ce fichier a été écrit par une version plus récente d’ArchLab (schéma version {{version}}) ; celle-ci lit jusqu’à la version {{current}}',
    migrationFailed: 'la migration de la version {{from}} vers la version {{to}} a échoué : {{detail}}',
    duplicateId: 'l’identifiant « {{id}} » est utilisé par plusieurs éléments',
    unknownGroup: 'aucun groupe n’a l’identifiant « {{id}} »',
    parentNotGroup: '« {{id}} » n’est pas un groupe : seuls les groupes peuvent contenir des éléments',
    groupCycle: 'le groupe « {{id}} » est imbriqué dans lui-même',
    unknownNode: 'aucun composant n’a l’identifiant « {{id}} »',
    edgeEndNotNode: '« {{id}} » est un groupe : les connexions relient des composants',
    selfLoop: 'une connexion ne peut pas partir et arriver au même composant (« {{id}} »)',
    mtlsWithoutTls: 'le TLS mutuel suppose TLS : mettez tls à true',
    layoutUnknown: 'aucun composant ni groupe n’a l’identifiant « {{id}} »',
    unknownElement: 'aucun composant, connexion ou groupe n’a l’identifiant « {{id}} »',
    duplicateAdrNumber: 'le numéro de décision {{number}} est utilisé deux fois',
    unknownAdr: 'aucune décision ne porte le numéro {{number}}',
    selfSupersede: 'la décision {{number}} ne peut pas se remplacer elle-même',
    duplicatePattern: 'le modèle « {{pattern}} » est déclaré deux fois',
    badId: 'un identifiant est attendu : une lettre ou un chiffre, puis des lettres, chiffres, « _ », « . », « : » ou « - » (100 caractères au plus)',
    badTypeId: 'un identifiant de type du catalogue est attendu, en minuscules reliées par « - », par exemple « api-gateway »',
    badPropName: 'un nom de propriété en camelCase est attendu, par exemple « replicas »',
    root: '(fichier)',
  },
  cli: {
    valid:
      'valide : « {{name}} », {{nodes}} composants, {{edges}} connexions, {{groups}} groupes, schéma version {{version}}',
    invalid_one: '{{file}} : {{count}} problème',
    invalid_other: '{{file}} : {{count}} problèmes',
    invalid_many: '{{file}} : {{count}} problèmes',
    fileLine: '{{file}} : {{line}}',
    readError: {
      notFound: 'fichier introuvable',
      isDirectory: 'c’est un dossier',
      permission: 'permission refusée',
    },
    cannotRead: 'impossible de lire {{file}} : {{reason}}',
  },
};
